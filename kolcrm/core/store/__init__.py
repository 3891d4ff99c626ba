"""Where the data lives: opening the SQLite file, the peewee models, versioned migrations, search, settings."""
