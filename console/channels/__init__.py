"""The ways customers reach the team. Email is the first: parsing what arrives,
threading it onto cases, building what leaves, and the drivers that talk to the
mail servers. Qt-free, like the rest of ``console``."""
