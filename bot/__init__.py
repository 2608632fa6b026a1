"""A trauma-informed screening assistant for adults who may be experiencing trafficking."""
