"""Resolution: findings in, record items out (core, not a hook)."""
