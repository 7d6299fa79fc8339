"""Question answering over Quảng Ngãi's CCHC/CĐS plans: answerers, conversations, config, CLI."""
