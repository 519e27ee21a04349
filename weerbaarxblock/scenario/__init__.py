"""Casus: situational-judgement exercises in four formats, with expert keys, feedback and branching."""
