"""Reflectiejournaal: guided reflection with autosaved drafts, submission, instructor review and grading."""
