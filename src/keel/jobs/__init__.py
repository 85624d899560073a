"""The job system: jobs of every kind in the database (queue.py), workers that claim and run them
(worker.py), batch jobs on OpenAI's Batch API (batch.py, batch_input.py), cron schedules
(schedules.py), YAML workflows (workflows/), and the Ray back-end (ray_backend.py)."""
