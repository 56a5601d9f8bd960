"""Knowledge: lexicons and gazetteer loaded from rasid/data/, compiled once into matchers."""
