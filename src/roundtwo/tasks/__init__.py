"""Tasks with a due time: the debrief within 24 hours of a round, thank-you notes, your own."""
