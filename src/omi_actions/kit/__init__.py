"""Domain-free helpers: key format and hashing, time, ids, pagination."""
