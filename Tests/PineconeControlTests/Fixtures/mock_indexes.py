"""Indexes and collections for mock_pinecone.py: what Pinecone's control plane keeps about them.

Every function takes the server's state (locked by the caller) and returns (status, body). An index
starts "Initializing" with no host; it becomes "Ready", with its host, after `ready_after` describes
(an index restored from a backup only once its restore job has completed). A name containing "fail"
ends "InitializationFailed" instead. Deleting an index makes it "Terminating" and it is gone after
`ready_after` more describes. Deletion protection refuses a delete with 403, a collection still being
made from an index refuses it with 412, and the quotas (`--index-quota`, `--collection-quota`) refuse
a create with 403, as the real service does.
"""
import re, uuid

NAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,43}[a-z0-9])?$")
# Hosted embedding models the stand-in knows: (dimension, vector type, default metric).
MODELS = {"multilingual-e5-large": (1024, "dense", "cosine"),
          "llama-text-embed-v2": (1024, "dense", "cosine"),
          "pinecone-sparse-english-v0": (None, "sparse", "dotproduct")}


def error(status, code, message):
    return status, {"error": {"code": code, "message": message}, "status": status}


def serverless(cloud="aws", region="us-east-1"):
    return {"serverless": {"cloud": cloud, "region": region,
                           "read_capacity": {"mode": "OnDemand", "status": {"state": "Ready"}}}}


def seed(state):
    """The indexes a fresh stand-in has: two serverless ones and one pod-based one, all Ready."""
    for name, index_id, dimension, vector_type, metric, spec in [
            ("docs-example", "f73b36c9-faf5-4a2c-b1d6-4013d8b1cc74", 1024, "dense", "cosine", serverless()),
            ("example-sparse-index", "bcb5b3c9-903e-4cb6-8b37-a6072aeb874f", None, "sparse", "dotproduct", serverless()),
            ("legacy-pods", "0a9d4a3e-5f0d-4d7e-9f43-2c1e7f2d9b11", 1536, "dense", "euclidean",
             {"pod": {"environment": "us-east1-gcp", "replicas": 1, "shards": 1, "pod_type": "p1.x1", "pods": 1}})]:
        model = new_index(name, index_id, dimension, vector_type, metric, spec, "disabled", {})
        make_ready(model)
        state.indexes[name] = {"model": model, "describes": 0}


def new_index(name, index_id, dimension, vector_type, metric, spec, protection, tags):
    model = {"name": name, "metric": metric, "host": "", "deletion_protection": protection, "tags": tags,
             "spec": spec, "status": {"ready": False, "state": "Initializing"}, "vector_type": vector_type,
             "id": index_id}
    if dimension is not None:
        model["dimension"] = dimension
    return model


def make_ready(model):
    model["status"] = {"ready": True, "state": "Ready"}
    model["host"] = "%s-%s.svc.aped-4627-b74a.pinecone.io" % (model["name"], model["id"][:7])


def public(model):
    return {k: v for k, v in model.items() if k != "id"}


def check_new_name(state, name, kind="index"):
    if not isinstance(name, str) or not NAME.match(name):
        return error(400, "INVALID_ARGUMENT", "Resource name must be 1-45 lower-case alphanumeric characters or '-', "
                     "starting and ending with an alphanumeric character.")
    existing = state.indexes if kind == "index" else state.collections
    if name in existing:
        return error(409, "ALREADY_EXISTS", "Resource %s already exists." % name)
    if kind == "index" and len(state.indexes) >= state.index_quota:
        return error(403, "FORBIDDEN", "Request failed. You've reached the max indexes allowed in project (%d). "
                     "To add more indexes, upgrade your plan." % state.index_quota)
    if kind == "collection" and len(state.collections) >= state.collection_quota:
        return error(403, "FORBIDDEN", "Request failed. You've reached the max collections allowed in project (%d)."
                     % state.collection_quota)
    return None


def check_settings(body):
    protection = body.get("deletion_protection", "disabled")
    if protection not in ("enabled", "disabled"):
        return None, error(400, "INVALID_ARGUMENT", "deletion_protection must be enabled or disabled")
    tags = body.get("tags") or {}
    if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
        return None, error(400, "INVALID_ARGUMENT", "tags must be an object of strings")
    return (protection, tags), None


def create(state, body):
    problem = check_new_name(state, body.get("name"))
    if problem:
        return problem
    spec = body.get("spec")
    if not isinstance(spec, dict) or len(spec) != 1 or next(iter(spec)) not in ("serverless", "pod", "byoc"):
        return error(400, "INVALID_ARGUMENT", "spec must have exactly one of serverless, pod or byoc")
    vector_type = body.get("vector_type", "dense")
    dimension = body.get("dimension")
    if vector_type == "dense" and not isinstance(dimension, int):
        return error(400, "INVALID_ARGUMENT", "Dimension must be specified for dense indexes.")
    if "serverless" in spec:
        settings = spec["serverless"]
        if settings.get("cloud") not in ("aws", "gcp", "azure") or not settings.get("region"):
            return error(404, "NOT_FOUND", "Resource cloud: %s region: %s not found."
                         % (settings.get("cloud"), settings.get("region")))
        spec = serverless(settings["cloud"], settings["region"])
    settings, problem = check_settings(body)
    if problem:
        return problem
    default_metric = "dotproduct" if vector_type == "sparse" else "cosine"
    model = new_index(body["name"], str(uuid.uuid4()), dimension, vector_type, body.get("metric", default_metric),
                      spec, *settings)
    state.indexes[body["name"]] = {"model": model, "describes": 0}
    return 201, public(model)


def create_for_model(state, body):
    problem = check_new_name(state, body.get("name"))
    if problem:
        return problem
    embed = body.get("embed")
    if not isinstance(embed, dict) or embed.get("model") not in MODELS or not isinstance(embed.get("field_map"), dict):
        return error(400, "INVALID_ARGUMENT", "embed.model must be one of %s, with a field_map" % ", ".join(sorted(MODELS)))
    if body.get("cloud") not in ("aws", "gcp", "azure") or not body.get("region"):
        return error(404, "NOT_FOUND", "Resource cloud: %s region: %s not found." % (body.get("cloud"), body.get("region")))
    settings, problem = check_settings(body)
    if problem:
        return problem
    dimension, vector_type, metric = MODELS[embed["model"]]
    metric = embed.get("metric", metric)
    model = new_index(body["name"], str(uuid.uuid4()), dimension, vector_type, metric,
                      serverless(body["cloud"], body["region"]), *settings)
    model["embed"] = {k: v for k, v in {"model": embed["model"], "metric": metric, "dimension": dimension,
                                        "vector_type": vector_type, "field_map": embed["field_map"]}.items() if v is not None}
    state.indexes[body["name"]] = {"model": model, "describes": 0}
    return 201, public(model)


def restore(state, name, backup, settings, job):
    """The index a restore job creates: Initializing until the job has completed."""
    model = new_index(name, str(uuid.uuid4()), backup.get("dimension", 1024), backup.get("vector_type", "dense"),
                      backup.get("metric", "cosine"), serverless(backup["cloud"], backup["region"]), *settings)
    state.indexes[name] = {"model": model, "describes": 0, "job": job}
    return model["id"]


def describe(state, name):
    entry = state.indexes.get(name)
    if not entry:
        return error(404, "NOT_FOUND", "Index %s not found." % name)
    model = entry["model"]
    job = entry.get("job")
    if job is None or job["status"] == "Completed":
        entry["describes"] += 1
    if entry["describes"] >= state.ready_after:
        if model["status"]["state"] == "Initializing":
            if "fail" in name:
                model["status"] = {"ready": False, "state": "InitializationFailed"}
            else:
                make_ready(model)
        elif model["status"]["state"] == "Terminating":
            del state.indexes[name]
            return error(404, "NOT_FOUND", "Index %s not found." % name)
    return 200, public(model)


def listing(state):
    return 200, {"indexes": [public(state.indexes[name]["model"]) for name in sorted(state.indexes)]}


def delete(state, name):
    entry = state.indexes.get(name)
    if not entry:
        return error(404, "NOT_FOUND", "Index %s not found." % name)
    if entry["model"]["deletion_protection"] == "enabled":
        return error(403, "FORBIDDEN", "Deletion protection is enabled for this index. "
                     "Disable deletion protection before retrying.")
    if any(c["source"] == name and c["model"]["status"] == "Initializing" for c in state.collections.values()):
        return error(412, "FAILED_PRECONDITION", "Unable to delete an index while a collection is being created from it.")
    entry["model"]["status"] = {"ready": False, "state": "Terminating"}
    entry["describes"] = 0
    return 202, None


def configure(state, name, body):
    entry = state.indexes.get(name)
    if not entry:
        return error(404, "NOT_FOUND", "Index %s not found." % name)
    model = entry["model"]
    if "deletion_protection" in body:
        if body["deletion_protection"] not in ("enabled", "disabled"):
            return error(400, "INVALID_ARGUMENT", "deletion_protection must be enabled or disabled")
        model["deletion_protection"] = body["deletion_protection"]
    if "tags" in body:
        tags = body["tags"] or {}
        if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
            return error(400, "INVALID_ARGUMENT", "tags must be an object of strings")
        # As in Pinecone: an empty value removes the tag.
        merged = dict(model.get("tags") or {}, **tags)
        model["tags"] = {k: v for k, v in merged.items() if v != ""}
    spec = body.get("spec")
    if spec is not None:
        kind = next(iter(spec), None) if isinstance(spec, dict) else None
        if kind not in model["spec"]:
            return error(400, "INVALID_ARGUMENT", "The index is not %s; its spec cannot be changed that way." % kind)
        if kind == "pod":
            pod = model["spec"]["pod"]
            pod.update({k: v for k, v in spec["pod"].items() if k in ("replicas", "pod_type")})
            pod["pods"] = pod["replicas"] * pod.get("shards", 1)
        elif "read_capacity" in spec[kind]:
            capacity = dict(spec[kind]["read_capacity"])
            capacity["status"] = {"state": "Ready"}
            model["spec"][kind]["read_capacity"] = capacity
    return 202, public(model)


def create_collection(state, body):
    problem = check_new_name(state, body.get("name"), kind="collection")
    if problem:
        return problem
    source = state.indexes.get(body.get("source"))
    if not source:
        return error(404, "NOT_FOUND", "Index %s not found." % body.get("source"))
    if "pod" not in source["model"]["spec"]:
        return error(400, "INVALID_ARGUMENT", "Serverless indexes do not support collections.")
    model = {"name": body["name"], "status": "Initializing", "environment": source["model"]["spec"]["pod"]["environment"],
             "dimension": source["model"].get("dimension")}
    state.collections[body["name"]] = {"model": model, "describes": 0, "source": body["source"]}
    return 201, model


def describe_collection(state, name):
    entry = state.collections.get(name)
    if not entry:
        return error(404, "NOT_FOUND", "Collection %s not found." % name)
    entry["describes"] += 1
    if entry["describes"] >= state.ready_after and entry["model"]["status"] == "Initializing":
        entry["model"].update(status="Ready", size=3126700, vector_count=120)
    return 200, entry["model"]


def list_collections(state):
    return 200, {"collections": [state.collections[name]["model"] for name in sorted(state.collections)]}


def delete_collection(state, name):
    if state.collections.pop(name, None) is None:
        return error(404, "NOT_FOUND", "Collection %s not found." % name)
    return 202, None
