"""Stage 2, samples -> teacher answers: requests, the engine that sends them, the ledger that
keeps every paid answer, prices, image encoding, batch APIs and the providers.

What a request asks for is decided by the record sets (``iad_data.tasks``); this layer only
sends, caches and pays, so it never imports them.
"""
