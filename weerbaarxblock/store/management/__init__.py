"""Management commands of the weerbaarxblock store."""
