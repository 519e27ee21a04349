"""The demo course served by ``make demo`` on the workbench (never imported by the blocks)."""
