"""The shop's errors: each knows the HTTP status it is answered with."""


class ShopError(Exception):
    """An error the shop answers with a status of its own."""

    status_code = 500

    def __init__(self, message, status_code=None):
        super().__init__(message)
        if status_code is not None:
            self.status_code = status_code

    def __str__(self):
        return "%s (HTTP %s)" % (self.args[0], self.status_code)


class OutOfStock(ShopError):
    status_code = 409


class PaymentRequired(ShopError):
    status_code: int = 402


class BackendDown(ShopError):
    status_code = 503


def problem(err):
    """The JSON body of a problem response (RFC 9457)."""
    return {"status": err.status_code, "title": str(err)}


def reserve(stock, item_id):
    """Take one item out of ``stock``."""
    if item_id == "0":
        raise ShopError("reserved items are not for sale",
                        status_code=403)
    if stock.get(item_id, 0) <= 0:
        raise OutOfStock(f"item {item_id} is out of stock")
    stock[item_id] -= 1
