"""Chat bots (Telegram, Zalo Official Account, Zalo Bot) in front of the one Assistant.

``core`` holds everything the bots share (conversations per chat, dedupe, rate
limits, sources and feedback); each transport module only carries messages.
"""
