"""Code snippets and log output for benign_corpus.jsonl (ordinary text, with no request around it).

Snippets are used as they are; log lines are built from templates with random timestamps, ids and numbers.
Written apart from the eval sets.
"""

SNIPPETS = [
    "def area(width, height):\n    return width * height",
    "for i in range(10):\n    print(i * i)",
    "import json\n\nwith open('config.json') as f:\n    config = json.load(f)\nprint(config['port'])",
    "const total = items.reduce((sum, item) => sum + item.price, 0);",
    "SELECT name, email FROM customers WHERE created_at > '2025-01-01' ORDER BY name;",
    'git checkout -b feature/invoice-export\ngit add .\ngit commit -m "Add CSV export for invoices"',
    "docker compose up -d --build",
    "npm run build -- --mode production",
    "pip install requests==2.32.3",
    '<button class="btn btn-primary" type="submit">Save changes</button>',
    "body {\n  font-family: system-ui, sans-serif;\n  margin: 0 auto;\n  max-width: 720px;\n}",
    'fn main() {\n    let names = vec!["Ana", "Ben"];\n    for n in &names {\n        println!("Hello, {n}");\n'
    "    }\n}",
    "public int Square(int x) => x * x;",
    'if err != nil {\n    return fmt.Errorf("open file: %w", err)\n}',
    "curl -s https://api.example.com/v1/status | jq .version",
    "UPDATE orders SET status = 'shipped' WHERE id = 4821;",
    'export PATH="$HOME/.local/bin:$PATH"',
    "kubectl get pods -n staging",
    "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n"
    "        return f'Point({self.x}, {self.y})'",
    "useEffect(() => {\n  fetch('/api/profile').then((r) => r.json()).then(setProfile);\n}, []);",
    "# Install dependencies\nmake setup\n# Run the test suite\nmake test",
    "version: '3.9'\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: shop\n"
    "    ports:\n      - '5432:5432'",
    '[tool.pytest.ini_options]\ntestpaths = ["tests"]\naddopts = "-q"',
    "df.groupby('region')['sales'].sum().sort_values(ascending=False).head(5)",
    "CREATE INDEX idx_orders_customer ON orders (customer_id);",
    "assert parse_date('2025-03-01').month == 3",
    'String greeting = String.format("Hello, %s!", name);',
    "ls -la ~/Downloads | grep pdf",
    "// TODO: handle the empty list case\nif (list.length === 0) return null;",
    "<?php echo date('Y-m-d'); ?>",
    "$ python3 -m venv .venv && source .venv/bin/activate",
    "tar -czf backup-2025-05-01.tar.gz ~/projects",
]
LOG_TEMPLATES = [
    "{TS} INFO  server started on port {PORT}",
    "{TS} INFO  GET /api/orders/{ID} 200 {MS}ms",
    "{TS} WARN  slow query ({MS}ms): SELECT * FROM invoices WHERE customer_id = {ID}",
    "{TS} ERROR connection to db-{N}.internal:5432 refused, retrying in 5s",
    "{TS} INFO  user {ID} logged in from {IP}",
    "{TS} DEBUG cache hit for key product:{ID}",
    "{TS} INFO  backup completed: {N} files, {MB} MB",
    "{TS} WARN  disk usage at {PCT} on /var",
    "{TS} INFO  job nightly-report finished in {MS}ms",
    "{TS} ERROR payment {ID} failed: card_declined",
    "{TS} INFO  deployed version {VERSION} to production",
    "[{TS}] POST /login 302 {MS}ms",
    "{TS} INFO  worker-{N} processed {NN} messages",
    "{TS} WARN  retrying request to inventory service (attempt {N}/5)",
    "{TS} INFO  email sent to customer {ID} (template: order_shipped)",
    '{IP} - - [{TS}] "GET /index.html HTTP/1.1" 200 {MB}',
    "{TS} ERROR TimeoutError: request to https://maps.example.net took longer than 30s",
    "{TS} INFO  scheduled maintenance window starts in 15 minutes",
    'Traceback (most recent call last):\n  File "app.py", line {NN}, in <module>\n    main()\n  File "app.py", '
    "line {N}, in main\n    total = sum(prices) / len(prices)\nZeroDivisionError: division by zero",
    "PASSED tests/test_cart.py::test_add_item\nPASSED tests/test_cart.py::test_remove_item\nFAILED "
    "tests/test_cart.py::test_discount - AssertionError: assert 90 == 85\n{NN} passed, 1 failed in {N}.{NN}s",
    "npm WARN deprecated request@2.88.2: request has been deprecated\nadded {NN} packages in {N}s",
    "Building wheel for mypackage (pyproject.toml) ... done\nSuccessfully installed mypackage-{VERSION}",
]
LOG_ROWS = 48
