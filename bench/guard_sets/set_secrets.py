"""secrets.jsonl: credentials in chat, code and config (spans on the secret value) and clean look-alikes."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string

from common import fill, finish, has_slots

UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
USERS = ["app", "admin", "svc_orders", "deploy", "analytics", "root", "etl_user", "billing"]
HOSTS = ["db.internal", "10.0.4.12", "prod-db.acme-corp.com", "pg.northwind-traders.com", "localhost"]
DBS = ["orders", "app", "warehouse", "crm", "metrics"]
WORDS = ["Summer", "Winter", "Dragon", "Falcon", "Monkey", "Sunshine", "Purple", "Coffee", "Rocket", "Harbor"]


class Tokens:
    def __init__(self, rng: random.Random):
        self.r = rng

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def raw(self, n: int) -> bytes:
        return bytes(self.r.randrange(256) for _ in range(n))

    def aws_id(self) -> str:
        return self.r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + self.s(UPPER_DIGITS, 16)

    def aws_secret(self) -> str:
        return self.s(B64, 40)

    def github(self) -> str:
        k = self.r.randrange(4)
        if k == 3:
            return f"github_pat_11{self.s(UPPER_DIGITS, 20)}_{self.s(ALNUM, 59)}"
        return ["ghp_", "ghp_", "gho_"][k] + self.s(ALNUM, 36)

    def slack(self) -> str:
        d = string.digits
        return f"{self.r.choice(['xoxb', 'xoxp'])}-{self.s(d, 12)}-{self.s(d, 13)}-{self.s(ALNUM, 24)}"

    def openai(self) -> str:
        if self.r.random() < 0.5:
            return "sk-proj-" + self.s(B64URL, self.r.choice([56, 64, 92]))
        return f"sk-{self.s(ALNUM, 20)}T3BlbkFJ{self.s(ALNUM, 20)}"

    def anthropic(self) -> str:
        return f"sk-ant-api03-{self.s(B64URL, 93)}AA"

    def stripe(self) -> str:
        return self.r.choice(["sk_live_", "sk_live_", "rk_live_"]) + self.s(ALNUM, self.r.choice([24, 34, 99]))

    def google(self) -> str:
        return "AIza" + self.s(B64URL, 35)

    def jwt(self) -> str:
        def enc(b: bytes) -> str:
            return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

        alg = self.r.choice(["HS256", "HS256", "RS256"])
        header = {"alg": alg, "typ": "JWT"}
        iat = self.r.randrange(1_700_000_000, 1_740_000_000)
        payload = {
            "sub": self.s(string.digits, 8),
            "role": self.r.choice(["user", "admin", "service"]),
            "iat": iat,
            "exp": iat + 3600,
        }
        sig = self.raw(32 if alg == "HS256" else 256)
        return ".".join(
            [
                enc(json.dumps(header, separators=(",", ":")).encode()),
                enc(json.dumps(payload, separators=(",", ":")).encode()),
                enc(sig),
            ]
        )

    def pem_body(self, prefix: str, lines: int) -> str:
        body = prefix + base64.b64encode(self.raw(48 * lines)).decode()[len(prefix) :]
        rows = [body[i : i + 64] for i in range(0, len(body), 64)]
        return "\n".join(rows)

    def private_key(self) -> str:
        kind, prefix = self.r.choice(
            [
                ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA"),
                ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA"),
                ("EC PRIVATE KEY", "MHcCAQEEI"),
                ("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"),
            ]
        )
        return f"-----BEGIN {kind}-----\n{self.pem_body(prefix, self.r.randrange(5, 10))}\n-----END {kind}-----"

    def password(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{r.choice(WORDS)}{r.randrange(1990, 2026)}{r.choice('!#$%')}"
        if k == 1:
            return self.s(ALNUM + "!#%&*", r.randrange(12, 20))
        if k == 2:
            return r.choice(["p4ssw0rd", "Tr0ub4dor&3", "s3cr3t-Pa55", "Qw3rty!23", "hunter2hunter2"]) + self.s(
                string.digits, 2
            )
        return "-".join(
            r.choice(["correct", "horse", "battery", "staple", "orbit", "maple", "quartz"]) for _ in range(4)
        )

    def uuid(self) -> str:
        h = self.s(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def hexs(self, n: int) -> str:
        return self.s(HEX, n)


# kind -> (token maker name, templates with {S}; {U}/{H}/{DB} fill connection strings)
SECRET_TEMPLATES: dict[str, tuple[str, list[str]]] = {
    "aws_access_key_id": (
        "aws_id",
        [
            "aws_access_key_id = {S}",
            "export AWS_ACCESS_KEY_ID={S}",
            "Why does `aws s3 ls` say InvalidAccessKeyId? I'm using {S} in my profile.",
            '"AccessKeyId": "{S}",',
            "The key {S} showed up in last night's CloudTrail logs from an unknown region.",
        ],
    ),
    "aws_secret_access_key": (
        "aws_secret",
        [
            "aws_secret_access_key = {S}",
            'AWS_SECRET_ACCESS_KEY="{S}"',
            "secret key is {S}, the access key is in the vault",
            "  SecretAccessKey: {S}",
        ],
    ),
    "github_token": (
        "github",
        [
            "git clone https://{S}@github.com/acme/infra.git",
            "GITHUB_TOKEN={S}",
            'headers = {"Authorization": "token {S}"}',
            "My CI fails with 401, the token is {S}, did it expire?",
            "echo {S} | docker login ghcr.io -u octocat --password-stdin",
        ],
    ),
    "slack_token": (
        "slack",
        [
            "SLACK_BOT_TOKEN={S}",
            'client = WebClient(token="{S}")',
            "the bot token {S} stopped working after we reinstalled the app",
            "slack:\n  token: {S}\n  channel: '#alerts'",
        ],
    ),
    "openai_api_key": (
        "openai",
        [
            'client = OpenAI(api_key="{S}")',
            "OPENAI_API_KEY={S}",
            'curl https://api.openai.com/v1/models -H "Authorization: Bearer {S}"',
            "hey can you check why my key {S} gives 429 errors?",
            "openai.api_key = '{S}'  # TODO move to env",
        ],
    ),
    "anthropic_api_key": (
        "anthropic",
        [
            "ANTHROPIC_API_KEY={S}",
            'client = anthropic.Anthropic(api_key="{S}")',
            "x-api-key: {S}",
            "I rotated the key yesterday, the new one is {S}",
        ],
    ),
    "stripe_secret_key": (
        "stripe",
        [
            'stripe.api_key = "{S}"',
            "STRIPE_SECRET_KEY={S}",
            "curl https://api.stripe.com/v1/charges -u {S}:",
            "use {S} for the production webhook test",
        ],
    ),
    "google_api_key": (
        "google",
        [
            '<script src="https://maps.googleapis.com/maps/api/js?key={S}"></script>',
            "GOOGLE_API_KEY={S}",
            "genai.configure(api_key='{S}')",
            "The geocoding call https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={S} "
            "returns REQUEST_DENIED",
        ],
    ),
    "jwt": (
        "jwt",
        [
            "Authorization: Bearer {S}",
            "this token won't decode, what's wrong with it? {S}",
            'localStorage.setItem("id_token", "{S}");',
            "Cookie: session={S}; Path=/; HttpOnly",
        ],
    ),
    "private_key": (
        "private_key",
        [
            "{S}",
            "Here's my deploy key, why does ssh reject it?\n{S}",
            "cat ~/.ssh/id_deploy\n{S}",
            "tls:\n  key: |\n{S}",
        ],
    ),
    "url_password": (
        "password",
        [
            "DATABASE_URL=postgres://{U}:{S}@{H}:5432/{DB}",
            "mongodb+srv://{U}:{S}@cluster0.ab12c.mongodb.net/{DB}?retryWrites=true",
            "REDIS_URL=redis://:{S}@cache.internal:6379/0",
            "amqp://{U}:{S}@rabbit.internal:5672/",
            "pip install --index-url https://{U}:{S}@nexus.internal/repository/pypi/simple keel",
            "engine = create_engine('mysql+pymysql://{U}:{S}@{H}/{DB}')",
        ],
    ),
    "password_assignment": (
        "password",
        [
            "[database]\nhost = {H}\nuser = {U}\npassword = {S}",
            'DB_PASSWORD="{S}"',
            "spring.datasource.password={S}",
            "smtp:\n  user: {U}@mail.example.com\n  password: {S}",
            '{"username": "{U}", "password": "{S}"}',
            "mysql -u {U} -p{S} -h {H} {DB}",
            "the admin password for the staging box is {S}",
            "SMTP_PASS={S}",
        ],
    ),
}
SECRET_COUNTS = {"private_key": 8, "url_password": 12, "password_assignment": 12}

CLEAN_TEMPLATES: dict[str, list[str]] = {
    "uuid": [
        "request_id={UUID} completed in 84 ms",
        "Order {UUID} has been created.",
        "DELETE /api/v1/sessions/{UUID} returned 204",
        'tenant_id: "{UUID}"',
    ],
    "git_sha": [
        "Reverted commit {SHA}: it broke the build on Windows.",
        "fixed in {SHA7} (see PR #412)",
        "git checkout {SHA}",
        "Merge {SHA} into main",
        "bisect points at {SHA}, the cache refactor",
    ],
    "sha256_checksum": [
        "{SHA256}  keel-0.3.0.tar.gz",
        "Verify the download: sha256 = {SHA256}",
        "image: ghcr.io/acme/api@sha256:{SHA256}",
        "checksum mismatch, expected {SHA256}",
    ],
    "md5_checksum": ['ETag: "{MD5}"', "md5sum of the backup is {MD5}"],
    "sri_hash": [
        '<script src="/app.js" integrity="sha384-{SRI}" crossorigin="anonymous"></script>',
        '"integrity": "sha512-{SRI512}"',
    ],
    "base64_text": [
        "what does {B64TEXT} decode to?",
        "the header value is {B64TEXT}, is that normal?",
        "echo {B64TEXT} | base64 -d",
    ],
    "placeholder": [
        "OPENAI_API_KEY=sk-...",
        'api_key="YOUR_API_KEY"',
        "export GITHUB_TOKEN=<your-token>",
        "password=${DB_PASSWORD}",
        'password: "{{ vault_db_password }}"',
        "aws_secret_access_key = <redacted>",
        "Authorization: Bearer $TOKEN",
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "password=********",
        "STRIPE_SECRET_KEY=sk_live_...",
        "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
        "ANTHROPIC_API_KEY=sk-ant-REPLACE_ME",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "DB_PASSWORD=",
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
        "Set SLACK_BOT_TOKEN to the xoxb-... token from the app settings page.",
    ],
    "url_no_credentials": [
        "DATABASE_URL=postgres://{U}@{H}:5432/{DB}",
        "postgres://localhost:5432/{DB}",
        "git clone https://github.com/acme/infra.git",
        "REDIS_URL=redis://cache.internal:6379/0",
        "https://nexus.internal/repository/pypi/simple",
        "mongodb://{H}:27017/{DB}",
    ],
    "public_key": ["{PUBKEY}", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{ED} deploy@build-01", "{CERT}"],
    "credential_mention": [
        "I forgot my password, how do I reset it?",
        "Passwords must be at least 12 characters and contain a digit.",
        "password_reset_token_ttl = 3600",
        "The password field is empty in the signup form.",
        "Rotate the database password every 90 days.",
        "Where does Keel store API keys?",
        "The API key must be sent in the x-api-key header.",
        "Tokens expire after 24 hours; use the refresh token to get a new one.",
        "Store secrets in the vault, never in git.",
        "Our SSH keys are rotated every quarter by the platform team.",
        "What's the difference between a publishable key and a secret key?",
    ],
    "object_id": [
        "customer cus_{OBJ} upgraded to the team plan",
        "payment intent pi_{OBJ} succeeded",
        "S3 bucket acme-logs-{HEX8} is 40% full",
        "trace_id={HEX32} span_id={HEX16}",
    ],
}
PLAIN_SENTENCES = [
    "hello world",
    "meeting moved to Thursday",
    "the quick brown fox",
    "lunch at noon",
    "status ok",
    "see you at the standup",
    "keel gateway",
    '{"ok": true}',
]


def _slots(tok: Tokens, secret_value: str | None, kind: str) -> callable:
    r = tok.r
    memo: dict[str, tuple[str, str | None]] = {}

    def b64(s: str) -> str:
        return base64.b64encode(s.encode()).decode()

    def make(name: str) -> tuple[str, str | None]:
        if name == "S":
            return secret_value, kind
        if name == "S2":
            return tok.aws_secret(), "aws_secret_access_key"
        values = {
            "U": lambda: r.choice(USERS),
            "H": lambda: r.choice(HOSTS),
            "DB": lambda: r.choice(DBS),
            "UUID": tok.uuid,
            "SHA": lambda: tok.hexs(40),
            "SHA7": lambda: tok.hexs(7),
            "SHA256": lambda: hashlib.sha256(tok.raw(16)).hexdigest(),
            "MD5": lambda: tok.hexs(32),
            "SRI": lambda: base64.b64encode(tok.raw(48)).decode(),
            "SRI512": lambda: base64.b64encode(tok.raw(64)).decode(),
            "B64TEXT": lambda: b64(r.choice(PLAIN_SENTENCES)),
            "PUBKEY": lambda: (
                f"-----BEGIN PUBLIC KEY-----\n{tok.pem_body('MIIBIjANBgkqhkiG9w0BAQEFAAOC', 6)}\n"
                "-----END PUBLIC KEY-----"
            ),
            "CERT": lambda: (
                f"-----BEGIN CERTIFICATE-----\n{tok.pem_body('MIIDdzCCAl+gAwIBAgIE', 8)}\n-----END CERTIFICATE-----"
            ),
            "ED": lambda: tok.s(B64, 43),
            "OBJ": lambda: tok.s(ALNUM, 14),
            "HEX8": lambda: tok.hexs(8),
            "HEX32": lambda: tok.hexs(32),
            "HEX16": lambda: tok.hexs(16),
        }
        return values[name](), None

    def slots(name: str) -> tuple[str, str | None]:
        if name not in memo:
            memo[name] = make(name)
        return memo[name]

    return slots


def build(seed: int = 4002) -> list[dict]:
    r = random.Random(seed)
    tok = Tokens(r)
    rows: list[dict] = []
    for kind, (maker, templates) in SECRET_TEMPLATES.items():
        n = SECRET_COUNTS.get(kind, 8)
        for i in range(n):
            value = getattr(tok, maker)()
            template = templates[i % len(templates)]
            if kind == "private_key" and template.startswith("tls:"):
                value = "\n".join("    " + line for line in value.splitlines()).lstrip()
            text, spans = fill(template, _slots(tok, value, kind))
            rows.append({"text": text, "label": "secret", "kind": kind, "spans": spans})
    pair_templates = [
        "[default]\naws_access_key_id = {S}\naws_secret_access_key = {S2}",
        's3 = boto3.client("s3", aws_access_key_id="{S}", aws_secret_access_key="{S2}")',
        "AWS_ACCESS_KEY_ID={S}\nAWS_SECRET_ACCESS_KEY={S2}\nAWS_DEFAULT_REGION=eu-west-1",
    ]
    for i in range(6):
        text, spans = fill(pair_templates[i % 3], _slots(tok, tok.aws_id(), "aws_access_key_id"))
        rows.append({"text": text, "label": "secret", "kind": "aws_key_pair", "spans": spans})
    for kind, templates in CLEAN_TEMPLATES.items():
        seen: set[str] = set()
        for template in [t for t in templates for _ in range(2 if has_slots(t) else 1)]:
            text = template
            while text in seen or has_slots(text):
                text, spans = fill(template, _slots(tok, None, kind))
                assert not spans
            seen.add(text)
            rows.append({"text": text, "label": "clean", "kind": kind, "spans": []})
    return finish(r, rows, "sec")
