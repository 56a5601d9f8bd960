"""Extraction stages: mentions → frames (with roles and casualties) → document events with notes."""
