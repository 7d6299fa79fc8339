"""Stand-ins for the chat platforms' HTTP APIs, speaking their real wire formats on 127.0.0.1."""
