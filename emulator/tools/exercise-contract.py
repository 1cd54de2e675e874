#!/usr/bin/env python3
"""Calls every operation of the LAS contract once or more against a running las-emulator, with valid
requests only, and checks the status codes. Run it through spec-proxy to check the answers against the
contract:

  las-emulator --port 0 --demo 2 > start.json &
  spec-proxy --port 4011 "$(jq -r .baseUrl start.json)" -- emulator/tools/exercise-contract.py start.json

Without LAS_SPEC_PROXY_URL it talks to the emulator directly. Exit status 0 when every call answered as
expected."""
import base64, json, os, sys, time, urllib.error, urllib.parse, urllib.request

info = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else json.loads(sys.stdin.readline())
base = os.environ.get("LAS_SPEC_PROXY_URL") or info["baseUrl"]
failures = []
calls = 0

def token():
    req = urllib.request.Request(info["tokenUrl"] + "?grant_type=client_credentials", data=b"", method="POST")
    cred = base64.b64encode(f'{info["clientId"]}:{info["clientSecret"]}'.encode()).decode()
    req.add_header("Authorization", "Basic " + cred)
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    return json.load(urllib.request.urlopen(req))["access_token"]

TOKEN = token()

def call(method, path, body=None, query=None, expect=200):
    global calls
    calls += 1
    url = base + path
    if query:
        url += "?" + urllib.parse.urlencode(query, doseq=True)
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", "Bearer " + TOKEN)
    if info.get("apiKey"):
        req.add_header("x-api-key", info["apiKey"])
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    parsed = json.loads(raw) if raw else None
    if status != expect:
        failures.append(f"{method} {path} {query or ''}: {status} (expected {expect}) {raw[:200]!r}")
    return parsed

samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "samples", "invoices")
pdfs = sorted(f for f in os.listdir(samples) if f.endswith(".pdf")) if os.path.isdir(samples) else []
pdf = open(os.path.join(samples, pdfs[0]), "rb").read() if pdfs else b"%PDF-1.4\n%%EOF\n"
b64 = base64.b64encode(pdf).decode()
consent = "las:consent:" + "ab" * 16
missing = "0" * 32

# batches, documents
batch = call("POST", "/batches", {"name": "exercise", "description": None})
batch2 = call("POST", "/batches", {})
docs = [call("POST", "/documents", {"content": b64, "contentType": "application/pdf", "batchId": batch["batchId"],
                                     "consentId": consent, "groundTruth": [{"label": "total_amount", "value": "1.00"},
                                                                           {"label": "paid", "value": True},
                                                                           {"label": "note", "value": None}]})
        for _ in range(3)]
call("POST", "/documents", {"content": base64.b64encode(b"\xff\xd8\xff\xe0jpeg").decode(), "contentType": "image/jpeg"})
page = call("GET", "/documents", query={"maxResults": 2, "batchId": batch["batchId"]})
call("GET", "/documents", query={"maxResults": 2, "nextToken": page["nextToken"], "batchId": batch["batchId"]})
call("GET", "/documents", query={"batchId": batch2["batchId"], "consentId": consent})
call("GET", "/documents")
doc = docs[0]["documentId"]
call("GET", f"/documents/{doc}")
call("GET", f"/documents/las:document:{missing}", expect=404)
call("PATCH", f"/documents/{doc}", {"groundTruth": [{"label": "invoice_id", "value": "42"}]})
call("PATCH", f"/documents/las:document:{missing}", {"groundTruth": []}, expect=404)

# models, predictions
models = call("GET", "/models")
model = models["models"][0]["modelId"]
call("GET", "/models", query={"maxResults": 1})
call("POST", "/predictions", {"documentId": doc, "modelId": model, "maxPages": 2, "autoRotate": False})
call("POST", "/predictions", {"documentId": doc, "modelId": model, "imageQuality": "HIGH"})
call("POST", "/predictions", {"documentId": f"las:document:{missing}", "modelId": model}, expect=404)
call("GET", "/predictions", query={"maxResults": 1})
call("GET", "/predictions")

# assets, secrets, users
asset = call("POST", "/assets", {"content": base64.b64encode(b'{"a":1}').decode(), "name": "fieldConfig"})
call("GET", "/assets")
call("GET", f"/assets/{asset['assetId']}")
call("GET", f"/assets/las:asset:{missing}", expect=404)
call("PATCH", f"/assets/{asset['assetId']}", {"description": "d"})
secret = call("POST", "/secrets", {"data": {"user": "u", "password": "p"}, "name": "s"})
call("GET", "/secrets")
call("PATCH", f"/secrets/{secret['secretId']}", {"name": "s2"})
call("PATCH", f"/secrets/las:secret:{missing}", {"name": "s2"}, expect=404)
user = call("POST", "/users", {"email": "reviewer@example.com", "name": "R"})
call("GET", "/users")
call("GET", f"/users/{user['userId']}")
call("PATCH", f"/users/{user['userId']}", {"avatar": None})
call("DELETE", f"/users/{user['userId']}")
call("GET", f"/users/{user['userId']}", expect=404)

# transitions
manual = call("POST", "/transitions", {"transitionType": "manual", "name": "review", "parameters": {"assets": {"fieldConfig": asset["assetId"]}},
                                       "outputJsonSchema": {"type": "object", "required": ["verified"]}})
predict = call("POST", "/transitions", {"transitionType": "docker", "parameters": {"imageUrl": "las-emulator/predict:latest", "cpu": 256, "memory": 512}})
feedback = call("POST", "/transitions", {"transitionType": "docker", "parameters": {"imageUrl": "las-emulator/feedback:latest"}})
bogus = call("POST", "/transitions", {"transitionType": "docker", "parameters": {"imageUrl": "example.com/nope:1"}})
call("GET", "/transitions")
call("GET", "/transitions", query={"transitionType": "manual"})
call("GET", "/transitions", query={"transitionType": "docker", "maxResults": 1})
call("GET", f"/transitions/{manual['transitionId']}")
call("GET", f"/transitions/las:transition:{missing}", expect=404)
call("PATCH", f"/transitions/{manual['transitionId']}", {"description": "check fields"})
tmp = call("POST", "/transitions", {"transitionType": "manual"})
call("DELETE", f"/transitions/{tmp['transitionId']}")
# a docker execution with an unknown image fails with a log
ex = call("POST", f"/transitions/{bogus['transitionId']}/executions", {"documentId": doc})
for _ in range(50):
    ex = call("GET", f"/transitions/{bogus['transitionId']}/executions/{ex['executionId']}")
    if ex["status"] != "running":
        break
    time.sleep(0.1)
if ex["status"] != "failed" or not ex.get("logId"):
    failures.append(f"unknown image should fail with a log: {ex}")
else:
    call("GET", f"/logs/{ex['logId']}")
call("GET", f"/logs/las:log:{missing}", expect=404)

# workflows
definition = {"StartAt": "Predict", "States": {
    "Predict": {"Type": "Task", "Resource": predict["transitionId"], "Next": "Review"},
    "Review": {"Type": "Task", "Resource": manual["transitionId"], "TimeoutSeconds": 900, "Next": "Feedback",
               "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 3}]},
    "Feedback": {"Type": "Task", "Resource": feedback["transitionId"], "End": True}}}
wf = call("POST", "/workflows", {"name": "wf", "specification": {"language": "ASL", "version": "1.0.0", "definition": definition},
                                 "errorConfig": {"email": "ops@example.com"}})
call("GET", "/workflows")
call("GET", f"/workflows/{wf['workflowId']}")
call("PATCH", f"/workflows/{wf['workflowId']}", {"name": "wf2"})
runs = [call("POST", f"/workflows/{wf['workflowId']}/executions", {"input": {"documentId": d["documentId"], "modelId": model}}) for d in docs]
tid = manual["transitionId"]
claimed = None
for _ in range(100):
    waiting = call("GET", f"/transitions/{tid}/executions", query={"status": "retry"})
    if len(waiting["executions"]) == len(runs):
        break
    time.sleep(0.1)
claimed = call("POST", f"/transitions/{tid}/executions", {})
call("POST", f"/transitions/{tid}/executions/{claimed['executionId']}/heartbeats", {}, expect=204)
call("GET", f"/transitions/{tid}/executions/{claimed['executionId']}")
verified = {p["label"]: p["value"] for p in claimed["input"]["predictions"]}
call("PATCH", f"/transitions/{tid}/executions/{claimed['executionId']}", {"status": "succeeded", "output": dict(claimed["input"], verified=verified)})
call("PATCH", f"/transitions/{tid}/executions/{claimed['executionId']}", {"status": "succeeded", "output": {"verified": {}}}, expect=400)
second = call("POST", f"/transitions/{tid}/executions", {})
call("PATCH", f"/transitions/{tid}/executions/{second['executionId']}", {"status": "retry"})
third = call("POST", f"/transitions/{tid}/executions", {})
call("PATCH", f"/transitions/{tid}/executions/{third['executionId']}", {"status": "rejected", "error": {"message": "unreadable"}})
call("GET", f"/transitions/{tid}/executions")
call("GET", f"/transitions/{tid}/executions", query={"status": "succeeded", "sortBy": "endTime", "order": "descending", "maxResults": 1})
call("GET", f"/transitions/{tid}/executions", query={"executionId": claimed["executionId"]})
call("GET", f"/transitions/{tid}/executions/las:transition-execution:{missing}", expect=404)
call("POST", f"/transitions/{tid}/executions/las:transition-execution:{missing}/heartbeats", {}, expect=404)
for _ in range(100):
    done = call("GET", f"/workflows/{wf['workflowId']}/executions", query={"status": "succeeded"})
    if done["executions"]:
        break
    time.sleep(0.1)
call("GET", f"/workflows/{wf['workflowId']}/executions", query={"sortBy": "startTime", "order": "ascending", "maxResults": 2})
call("GET", f"/workflows/{wf['workflowId']}/executions", query={"status": "rejected"})
call("DELETE", f"/workflows/{wf['workflowId']}/executions/{runs[-1]['executionId']}")
call("DELETE", f"/workflows/{wf['workflowId']}/executions/las:workflow-execution:{missing}", expect=404)
call("GET", f"/documents/{runs[0]['input']['documentId']}")
call("DELETE", f"/workflows/{wf['workflowId']}")
call("GET", f"/workflows/{wf['workflowId']}", expect=404)

# empty queue, delete documents by consent and all
call("POST", f"/transitions/{tmp['transitionId']}/executions", {}, expect=404)
call("DELETE", "/documents", query={"consentId": consent})
call("DELETE", "/documents")

for f in failures:
    print("FAIL", f)
print(f"exercise-contract: {calls} calls, {len(failures)} unexpected answers")
sys.exit(1 if failures else 0)
