"""Interview transcripts: read Teams, Zoom, Otter, SRT and plain-text files into speaker turns.

``parse`` holds the public functions (``parse_transcript``, ``speaker_summary``,
``to_drafts``); ``formats`` holds one reader per file format. Both are pure: no store, no web.
"""
