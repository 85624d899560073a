"""Pipeline stages: thin glue from the request context to a domain package, one module each."""
