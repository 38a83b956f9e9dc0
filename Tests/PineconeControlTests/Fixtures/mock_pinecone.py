#!/usr/bin/env python3
"""A local stand-in for Pinecone's control plane (indexes, collections, backups, restore jobs), for integration tests.

Listens on 127.0.0.1 (port 0 picks a free one), prints "PORT <n>" once ready, and checks on every
request what the real service requires: the Api-Key, X-Pinecone-Api-Version: 2025-10, and
Content-Type: application/json on bodies. Backups start "Initializing" and become "Ready" after
`--ready-after` describes; restore jobs go Pending → InProgress → Completed the same way.
A backup whose name contains "fail" ends "Failed" instead. Restoring a backup creates a real index,
"Initializing" until its job has completed. Indexes and collections live in mock_indexes.py. Like the real service, responses carry
fields our spec does not declare (`vector_type`, `read_capacity`, `deletion_protection`) and
timestamps with nine fractional digits. Faults can be programmed with `POST /__faults` (a list of
{"method", "path", "query", "status", "headers", "body", "delay", "action": "close" | "truncate" | "stall" | "trickle"},
`query` a substring the query string must contain): each applies once, to the next matching request,
before the normal handling. Exits when its parent process goes away. Standard library only.
"""
import argparse, base64, json, os, sys, threading, time, uuid
import mock_indexes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs, unquote

API_VERSION = "2025-10"


class State:
    def __init__(self, ready_after, index_quota, collection_quota):
        self.lock = threading.Lock()
        self.ready_after = ready_after
        self.index_quota = index_quota
        self.collection_quota = collection_quota
        self.indexes = {}     # name -> {"model", "describes", "job" (a restored index's job)}
        self.collections = {} # name -> {"model", "describes", "source"}
        mock_indexes.seed(self)
        self.backups = {}     # id -> (model, describes)
        self.jobs = {}        # id -> (model, describes)
        self.requests = []    # (method, raw path, headers, client port: the connection) for inspection
        self.faults = []      # programmed failures, applied in order to matching requests


def now():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%09dZ" % int((t % 1) * 1e9)


def source_dimension(state, backup):
    """The dimension of the index a backup was taken from (1024 when that index is gone or sparse)."""
    source = state.indexes.get(backup["source_index_name"])
    return (source and source["model"].get("dimension")) or 1024


def page(items, query, key):
    """Sorted ("C" collation), `limit` items from the offset the token encodes."""
    limit = query.get("limit", ["10"])[0]
    if not limit.isdigit() or not 1 <= int(limit) <= 100:
        return None, "limit must be between 1 and 100"
    limit = int(limit)
    offset = 0
    token = query.get("paginationToken", [None])[0]
    if token:
        try:
            offset = json.loads(base64.b64decode(token))["offset"]
        except Exception:
            return None, "invalid pagination token"
    ordered = sorted(items, key=lambda m: m[key].encode())
    body = {"data": ordered[offset:offset + limit]}
    if offset + limit < len(ordered):
        body["pagination"] = {"next": base64.b64encode(json.dumps({"offset": offset + limit}).encode()).decode()}
    return body, None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "mock-pinecone/1"

    def log_message(self, *args):
        pass

    def send_json(self, status, body=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("x-pinecone-request-id", "req-" + uuid.uuid4().hex[:12])
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, code, message):
        self.send_json(status, {"error": {"code": code, "message": message}, "status": status})

    def handle_any(self, method):
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        segments = [unquote(s) for s in split.path.split("/")[1:]]
        query = parse_qs(split.query, keep_blank_values=True)
        with state.lock:
            state.requests.append({"method": method, "path": self.path, "headers": dict(self.headers.items()),
                                   "port": self.client_address[1]})
        if segments == ["__requests"]:
            with state.lock:
                return self.send_json(200, [r for r in state.requests if not r["path"].startswith("/__")])
        if segments == ["__paging"]:
            return self.set_paging_bug(raw)
        if segments == ["__faults"]:
            with state.lock:
                state.faults.extend(json.loads(raw))
            return self.send_json(204)
        with state.lock:
            fault = next((f for f in state.faults if f.get("method", method) == method
                          and split.path.startswith(f.get("path", "/"))
                          and f.get("query", "") in split.query), None)
            if fault:
                state.faults.remove(fault)
        if fault:
            return self.inject(fault)
        if self.headers.get("Api-Key") != self.server.api_key:
            return self.error(401, "UNAUTHENTICATED", "Invalid API key.")
        if self.headers.get("X-Pinecone-Api-Version") != API_VERSION:
            return self.error(400, "INVALID_ARGUMENT", "X-Pinecone-Api-Version must be %s" % API_VERSION)
        body = None
        if method in ("POST", "PATCH"):
            if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
                return self.error(400, "INVALID_ARGUMENT", "Content-Type must be application/json")
            try:
                body = json.loads(raw or b"null")
            except ValueError:
                return self.error(400, "INVALID_ARGUMENT", "The body is not JSON.")
            if not isinstance(body, dict):
                return self.error(400, "INVALID_ARGUMENT", "The body must be an object.")
        with state.lock:
            return self.route(state, method, segments, query, body)

    def route(self, state, method, segments, query, body):
        match (method, segments):
            case ("GET", ["indexes"]):
                return self.send_json(*mock_indexes.listing(state))
            case ("POST", ["indexes"]):
                return self.send_json(*mock_indexes.create(state, body))
            case ("POST", ["indexes", "create-for-model"]):
                return self.send_json(*mock_indexes.create_for_model(state, body))
            case ("GET", ["indexes", index]):
                return self.send_json(*mock_indexes.describe(state, index))
            case ("PATCH", ["indexes", index]):
                return self.send_json(*mock_indexes.configure(state, index, body))
            case ("DELETE", ["indexes", index]):
                return self.send_json(*mock_indexes.delete(state, index))
            case ("GET", ["collections"]):
                return self.send_json(*mock_indexes.list_collections(state))
            case ("POST", ["collections"]):
                return self.send_json(*mock_indexes.create_collection(state, body))
            case ("GET", ["collections", collection]):
                return self.send_json(*mock_indexes.describe_collection(state, collection))
            case ("DELETE", ["collections", collection]):
                return self.send_json(*mock_indexes.delete_collection(state, collection))
            case ("POST", ["indexes", index, "backups"]):
                if index not in state.indexes:
                    return self.error(404, "NOT_FOUND", "Index %s not found." % index)
                source = state.indexes[index]["model"]
                if "serverless" not in source["spec"]:
                    return self.error(400, "INVALID_ARGUMENT", "Backups are only supported for serverless indexes.")
                name = body.get("name")
                if name is not None and not isinstance(name, str):
                    return self.error(400, "INVALID_ARGUMENT", "name must be a string")
                backup = {"backup_id": str(uuid.uuid4()), "source_index_name": index,
                          "source_index_id": source["id"], "name": name,
                          "description": body.get("description"), "status": "Initializing",
                          "cloud": "aws", "region": "us-east-1", "tags": {}, "created_at": now(),
                          "vector_type": source["vector_type"], "metric": source["metric"], "deletion_protection": "disabled",
                          "read_capacity": {"mode": "OnDemand", "status": {"state": "Ready"}}}
                state.backups[backup["backup_id"]] = [backup, 0]
                return self.send_json(201, backup)
            case ("GET", ["indexes", index, "backups"]):
                if index not in state.indexes:
                    return self.error(404, "NOT_FOUND", "Index %s not found." % index)
                return self.list([m for m, _ in state.backups.values() if m["source_index_name"] == index], query, "name")
            case ("GET", ["backups"]):
                return self.list([m for m, _ in state.backups.values()], query, "name")
            case ("GET", ["backups", backup_id]):
                entry = state.backups.get(backup_id)
                if not entry:
                    return self.error(404, "NOT_FOUND", "Backup %s not found." % backup_id)
                entry[1] += 1
                if entry[1] >= state.ready_after and entry[0]["status"] == "Initializing":
                    if "fail" in (entry[0]["name"] or ""):
                        entry[0].update(status="Failed")
                    else:
                        entry[0].update(status="Ready", dimension=source_dimension(state, entry[0]), record_count=98, namespace_count=3, size_bytes=1069169)
                return self.send_json(200, entry[0])
            case ("DELETE", ["backups", backup_id]):
                if state.backups.pop(backup_id, None) is None:
                    return self.error(404, "NOT_FOUND", "Backup %s not found." % backup_id)
                return self.send_json(202)
            case ("POST", ["backups", backup_id, "create-index"]):
                entry = state.backups.get(backup_id)
                if not entry:
                    return self.error(404, "NOT_FOUND", "Backup %s not found." % backup_id)
                name = body.get("name")
                if not isinstance(name, str) or not name:
                    return self.error(400, "INVALID_ARGUMENT", "name is required")
                if name in state.indexes:
                    return self.error(409, "ALREADY_EXISTS", "Resource %s already exists." % name)
                settings, problem = mock_indexes.check_settings(body)
                if problem:
                    return self.send_json(*problem)
                job_id = str(uuid.uuid4())
                job = {"restore_job_id": job_id, "backup_id": backup_id, "target_index_name": name,
                       "status": "Pending", "created_at": now(), "percent_complete": 0.0}
                index_id = mock_indexes.restore(state, name, entry[0], settings, job)
                job["target_index_id"] = index_id
                state.jobs[job_id] = [job, 0]
                return self.send_json(202, {"restore_job_id": job_id, "index_id": index_id})
            case ("GET", ["restore-jobs"]):
                return self.list([m for m, _ in state.jobs.values()], query, "restore_job_id")
            case ("GET", ["restore-jobs", job_id]):
                entry = state.jobs.get(job_id)
                if not entry:
                    return self.error(404, "NOT_FOUND", "Restore job %s not found." % job_id)
                entry[1] += 1
                job = entry[0]
                if entry[1] >= state.ready_after:
                    job.update(status="Completed", percent_complete=100.0, completed_at=now())
                else:
                    job.update(status="InProgress", percent_complete=round(100.0 * entry[1] / state.ready_after, 1))
                return self.send_json(200, job)
        return self.error(404, "NOT_FOUND", "No route for %s /%s" % (method, "/".join(segments)))

    def inject(self, fault):
        time.sleep(fault.get("delay", 0))
        action = fault.get("action")
        if action == "close":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        body = fault.get("body", "").encode()
        self.send_response(fault.get("status", 500))
        for name, value in fault.get("headers", {}).items():
            self.send_header(name, value)
        if action == "truncate":
            self.send_header("Content-Length", str(len(body) + 100))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if action == "stall":
            # The head and half of the body now, the rest never: the connection stays open, silent, for 30 s.
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            time.sleep(30)
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if action == "trickle":
            # The head now, then the body one byte every 0.4 s: never idle for long, slow in all.
            try:
                for index in range(len(body)):
                    time.sleep(0.4)
                    self.wfile.write(body[index:index + 1])
                    self.wfile.flush()
            except OSError:  # the client gave up
                self.close_connection = True
            return
        self.wfile.write(body)

    def list(self, items, query, key):
        body, problem = page(items, query, key)
        if problem:
            return self.error(400, "INVALID_ARGUMENT", problem)
        return self.send_json(200, misbehave(self.server.state, body, items, query, key))

    def set_paging_bug(self, raw):
        with self.server.state.lock:
            self.server.state.paging_bug = json.loads(raw)["bug"]
        return self.send_json(204)

    def do_GET(self): self.handle_any("GET")
    def do_POST(self): self.handle_any("POST")
    def do_DELETE(self): self.handle_any("DELETE")
    def do_PATCH(self): self.handle_any("PATCH")


# Pagination bugs, off unless `POST /__paging {"bug": …}` switches one on for every later list:
#   "ignore-token": every request gets the first page, with its next token, whatever token it sent;
#   "repeat-last-token": the last page carries the token that fetched it instead of none;
#   "restart": the request for the last page gets the first page again (whose next token is an earlier one).
def misbehave(state, body, items, query, key):
    bug = getattr(state, "paging_bug", None)
    token = query.get("paginationToken", [None])[0]
    first = {name: values for name, values in query.items() if name != "paginationToken"}
    if bug == "ignore-token" and token:
        return page(items, first, key)[0]
    if bug == "repeat-last-token" and token and "pagination" not in body:
        return dict(body, pagination={"next": token})
    if bug == "restart" and token and "pagination" not in body:
        return page(items, first, key)[0]
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--ready-after", type=int, default=2)
    parser.add_argument("--index-quota", type=int, default=20)
    parser.add_argument("--collection-quota", type=int, default=3)
    parser.add_argument("--parent-pid", type=int, default=os.getppid())
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.api_key = args.api_key
    server.state = State(args.ready_after, args.index_quota, args.collection_quota)

    def watch_parent():
        # Reparenting shows the parent is gone even while it lingers as a zombie.
        while True:
            time.sleep(0.2)
            if os.getppid() != args.parent_pid:
                os._exit(0)
    threading.Thread(target=watch_parent, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
