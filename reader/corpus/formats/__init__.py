"""One module per file format: each turns a file's content into articles."""
