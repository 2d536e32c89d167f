"""Data tables read by the built-in rules; each file's header says its format."""
