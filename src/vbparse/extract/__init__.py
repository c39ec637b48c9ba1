"""Extract stage: fields from the parsed structure.  One module per field family."""
