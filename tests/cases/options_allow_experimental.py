# httpstatus-config: allow_experimental=402
"""allow_experimental=402: a billing API that answers 402 Payment Required on purpose.

402 is then a status like any other: no HTS005, and HTS001 suggests its constant. The other
experimental codes (103, 425) are still reported.
"""
from http import HTTPStatus

from flask import Blueprint, abort, jsonify, request

billing = Blueprint("billing", __name__)
PLAN_LIMIT = 100
GRACE_DAYS = 402 // 100


@billing.post("/invoices/<int:invoice_id>/pay")
def pay(invoice_id):
    account = request.get_json(silent=True) or {}
    if account.get("balance", 0) < 0:
        abort(402)  # HTS001@402 =402 (Payment Required): use HTTPStatus.PAYMENT_REQUIRED
    if account.get("card") is None:
        return jsonify(error="no card on file"), 402  # HTS001@402
    if account.get("retry"):
        abort(425)  # HTS005@425 =425 (Too Early) is experimental
    return jsonify(paid=invoice_id), 200  # HTS001@200


@billing.get("/usage")
def usage():
    used = int(request.args.get("used", 0))
    if used > PLAN_LIMIT:
        return jsonify(error="plan limit reached"), HTTPStatus.PAYMENT_REQUIRED
    return jsonify(used=used, limit=PLAN_LIMIT)


@billing.get("/hints")
def hints():
    return "", 103  # HTS005@103 HTS012@103


def test_pay(client):
    response = client.post("/invoices/7/pay", json={"balance": -5})
    assert response.status_code == 402  # HTS001@402
    assert response.status_code != HTTPStatus.PAYMENT_REQUIRED or GRACE_DAYS
    assert response.json["error"] != "plan limit reached"
    return response


def test_usage(client):
    response = client.get("/usage?used=500")
    assert response.status_code == HTTPStatus.PAYMENT_REQUIRED
    return response
