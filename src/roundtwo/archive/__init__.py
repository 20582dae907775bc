"""Export everything a user owns as one versioned JSON document, and import it back."""
