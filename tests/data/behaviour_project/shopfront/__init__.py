"""shopfront: the catalogue, the API, the stock and warehouse clients."""
