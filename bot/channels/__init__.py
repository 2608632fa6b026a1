"""Input channels: one provider per module, each an InputChannel/OutputChannel pair."""
