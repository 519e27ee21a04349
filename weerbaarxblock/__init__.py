"""weerbaarxblock: Open edX XBlocks for the training 'Ondermijning en het sociaal domein'."""

__version__ = "0.1.0"
