"""khdesk: the offline desk for the regional round tables of «Қазақстан халқына»."""

__version__ = "0.1.0"
