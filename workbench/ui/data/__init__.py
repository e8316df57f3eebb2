"""Read-only data access for views (no Qt): paged queries the services do not offer (yet)."""
