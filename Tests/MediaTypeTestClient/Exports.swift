// The generated client (from openapi.yaml, by the build plugin) and the runtime types it uses.
@_exported import OpenAPIClientRuntime
