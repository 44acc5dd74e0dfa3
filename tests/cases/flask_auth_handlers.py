"""A Flask app's authentication error responses: Flask-JWT-Extended's loaders (their return
value is what its error handlers return), Flask-Login's unauthorized_handler and
Flask-HTTPAuth's error_handler (made into a response with make_response): a returned
(body, status) tuple is a response, as in a view (loose, as there: 4010 is no status).

A loader that returns no response (user_lookup_loader, token_in_blocklist_loader) and a plain
helper returning a pair are no view.
"""
from flask import Flask, jsonify
from flask_httpauth import HTTPTokenAuth
from flask_jwt_extended import JWTManager
from flask_login import LoginManager

from accounts.models import User, revoked_tokens

app = Flask(__name__)
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = 900
jwt = JWTManager(app)
login_manager = LoginManager(app)
auth = HTTPTokenAuth(scheme="Bearer")


@jwt.expired_token_loader
def expired_token(jwt_header, jwt_payload):
    return jsonify(msg="The token has expired"), 401  # HTS001@401 HTS009@401 =use HTTPStatus.UNAUTHORIZED


@jwt.invalid_token_loader
def invalid_token(reason):
    return jsonify(msg=reason), 422  # HTS001@422


@jwt.unauthorized_loader
def missing_token(reason):
    return {"msg": reason}, 401, {"WWW-Authenticate": "Bearer"}  # HTS001@401


@jwt.revoked_token_loader
def revoked_token(jwt_header, jwt_payload):
    return jsonify(msg="The token has been revoked"), 4010


@jwt.user_lookup_loader
def load_user(jwt_header, jwt_data):
    return User.query.get(jwt_data["sub"]), 200


@jwt.token_in_blocklist_loader
def is_revoked(jwt_header, jwt_payload):
    return jwt_payload["jti"] in revoked_tokens, 404


@login_manager.unauthorized_handler
def unauthorized():
    return jsonify(error="Log in first"), 401, {"WWW-Authenticate": "Session"}  # HTS001@401


@auth.error_handler
def auth_error(status):
    return jsonify(error="Access denied"), 403  # HTS001@403


def page_bounds(page):
    return page * 100, 200
