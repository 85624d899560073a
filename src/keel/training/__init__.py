"""Training: dataset tools now; fine-tuning strategies and hyper-parameter search come with issue 12."""
