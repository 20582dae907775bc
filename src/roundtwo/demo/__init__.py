"""A realistic sample opportunity, so a newcomer sees the product working at once."""
