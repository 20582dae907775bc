"""Opportunities (a role at a company), their rounds and the people who interview."""
