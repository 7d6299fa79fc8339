"""Evaluation set and tools that measure the assistant against the plan documents."""
