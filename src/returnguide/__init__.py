"""Turn sourced programme data about return support into a multilingual static site."""
