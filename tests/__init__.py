"""weerbaarxblock's tests: domain, blocks, store, LMS contract, packaging, browser."""
