#!/usr/bin/env python3
"""Serves ../../MediaTypeTestClient/openapi.yaml for the media-type tests (../MediaTypeClientTests): server-sent events and JSON lines sent in
awkwardly split chunks, JSON lines, multipart and URL-encoded bodies parsed and echoed back, raw bytes.

Listens on 127.0.0.1 (port 0 picks a free one), prints "PORT <n>" once ready, and requires
`Authorization: Bearer <token>` on everything but /token. Exits when its parent process goes away.
Standard library only.
"""
import argparse, email.parser, email.policy, json, os, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

released = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def start_chunked(self, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()

    def chunk(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def end_chunked(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def handle_any(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        query = parse_qs(split.query)
        path = split.path
        content_type = self.headers.get("Content-Type", "")
        authorization = self.headers.get("Authorization")
        if path != "/token" and authorization != "Bearer " + self.server.token:
            return self.send_json(401, {"error": {"code": "UNAUTHENTICATED", "message": "Invalid bearer token."}})

        if method == "POST" and path == "/release":
            released.set()
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return

        if method == "GET" and path == "/events":
            if self.headers.get("Accept") != "text/event-stream":
                return self.send_json(406, {"error": {"code": "NOT_ACCEPTABLE", "message": "Accept must be text/event-stream"}})
            scenario = query.get("scenario", ["default"])[0]
            self.start_chunked("text/event-stream")
            if scenario == "broken":
                self.chunk('data: {"index":0,"text":"ok"}\n\ndata: not json\n\n')
            elif scenario == "unterminated":
                self.chunk('data: {"index":0,"text":"ok"}\n\ndata: {"index":1,"text":"never dispatched"}')
            else:
                # A byte-order mark, a comment, a field split across chunks.
                self.chunk(b'\xef\xbb\xbf: keep-alive\nevent: delta\nid: 1\nda')
                self.chunk('ta: {"index":0,"text":"Hel"}\n\n')
                # Waits until the client, having read the first event, says so: proof of streaming.
                text = "released" if released.wait(10) else "not released"
                # Two data lines joined by LF, CRLF line ends, the CR and LF of one CRLF in separate chunks.
                self.chunk('data: {"index":1,\r\ndata: "text":"%s"}\r' % text)
                self.chunk('\n\r\n')
                # Lone CR line ends; retry; an event without data (never dispatched).
                self.chunk('retry: 1500\rdata: {"index":2,"text":"!","finish_reason":"stop"}\r\revent: ignored\n\n')
                self.chunk('data: [DONE]\n\ndata: {"index":99,"text":"after the end"}\n\n')
            return self.end_chunked()

        if method == "POST" and path == "/chat":
            body = json.loads(raw)
            if body.get("message") == "overload":
                return self.send_json(429, {"error": {"code": "RESOURCE_EXHAUSTED", "message": "Slow down."}})
            if self.headers.get("Accept") == "text/event-stream":
                self.start_chunked("text/event-stream")
                for index, word in enumerate(body["message"].split()):
                    self.chunk('data: {"index":%d,"text":%s}\n\n' % (index, json.dumps(word)))
                return self.end_chunked()
            return self.send_json(200, {"index": 0, "text": body["message"], "finish_reason": None})

        if method == "GET" and path == "/records":
            count = int(query.get("count", ["3"])[0])
            lines = "".join(json.dumps({"_id": "rec-%d" % i, "chunk_text": "text %d" % i}) + "\n" for i in range(count))
            lines = lines[:-1]  # The last line without its LF.
            self.start_chunked("application/x-ndjson")
            self.chunk("\n")  # A blank line first.
            for start in range(0, len(lines), 7):  # Lines split across chunks.
                self.chunk(lines[start:start + 7])
            return self.end_chunked()

        if method == "POST" and path == "/records":
            records = [json.loads(line) for line in raw.decode().split("\n") if line]
            ends_with_lf = raw.endswith(b"\n")
            return self.send_json(200, {"content_type": content_type, "records": records,
                                        "json": {"lines": raw.count(b"\n"), "ends_with_lf": ends_with_lf}})

        if method == "POST" and path == "/files":
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
            if not message.is_multipart():
                return self.send_json(400, {"error": {"code": "INVALID_ARGUMENT", "message": "not multipart"}})
            parts = []
            for part in message.iter_parts():
                disposition = part.get("Content-Disposition", "")
                part_json = {"name": part.get_param("name", header="content-disposition"),
                             "body": part.get_payload(decode=True).decode("utf-8", "replace")}
                if part.get_filename() is not None:
                    part_json["filename"] = part.get_filename()
                if part.get("Content-Type") is not None:
                    part_json["content_type"] = part.get_content_type()
                parts.append(part_json)
            return self.send_json(200, {"content_type": content_type.split(";")[0], "parts": parts})

        if method == "POST" and path == "/token":
            fields = parse_qs(raw.decode(), keep_blank_values=True, strict_parsing=True)
            echo = {"content_type": content_type, "fields": fields}
            if authorization is not None:
                echo["authorization"] = "present"
            return self.send_json(200, echo)

        if method == "PATCH" and path.startswith("/notes/"):
            return self.send_json(200, {"content_type": content_type, "json": json.loads(raw)})

        if method == "POST" and path == "/blobs":
            data = raw[::-1]
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return

        self.send_json(404, {"error": {"code": "NOT_FOUND", "message": "%s %s" % (method, path)}})

    def do_GET(self): self.handle_any("GET")
    def do_POST(self): self.handle_any("POST")
    def do_PATCH(self): self.handle_any("PATCH")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--token", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--parent-pid", type=int)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.token = args.token

    def watch_parent():
        while args.parent_pid:
            try:
                os.kill(args.parent_pid, 0)
            except OSError:
                os._exit(0)
            time.sleep(0.5)
    threading.Thread(target=watch_parent, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
