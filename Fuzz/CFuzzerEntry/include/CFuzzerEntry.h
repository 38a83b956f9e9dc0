// Intentionally empty: this module only supplies the entry point in CFuzzerEntry.c.
