"""AI behind one interface: the embedded analyzer by default, real LLMs by configuration."""
