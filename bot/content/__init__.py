"""Versioned content the bot speaks from: screening instruments and the resource directory.

Both are data files read and validated once per process (an error names the file and the problem);
swapping a file needs no code change and no retraining.
"""
