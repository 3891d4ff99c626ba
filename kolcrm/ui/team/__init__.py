"""Team mode in the window: connecting to a team's book on a server, and its live updates."""
