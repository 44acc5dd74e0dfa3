"""An APIFlask app: @app.output(schema, status_code=...), @app.doc(responses=[...] or {...}),
HTTPError(status, ...) and apiflask.abort(); what an @error_processor returns is a response.

APIFlask writes output()'s status_code and the doc(responses=...) keys into the spec with str().
"""
from apiflask import APIFlask, HTTPError, HTTPTokenAuth, Schema, abort
from apiflask.fields import Integer, String
from apiflask.validators import Length, Range

app = APIFlask(__name__, title="Pet API", version="1.0")
auth = HTTPTokenAuth()
app.config["AUTH_ERROR_STATUS_CODE"] = 401

pets = [{"id": 0, "name": "Kitty", "category": "cat"}]


class PetIn(Schema):
    name = String(required=True, validate=Length(0, 200))
    category = String(required=True)


class PetOut(Schema):
    id = Integer()
    name = String()
    category = String()


class PetQuery(Schema):
    page = Integer(load_default=1)
    per_page = Integer(load_default=20, validate=Range(max=100))


class PetGone(HTTPError):
    status_code = 410  # HTS001@410
    message = "This pet is gone."


@app.get("/pets/<int:pet_id>")
@app.output(PetOut)
@app.doc(responses=[404, 410])  # HTS001@410 HTS001@404
def get_pet(pet_id):
    if pet_id > len(pets) - 1:
        abort(404)  # HTS001@404 =404 (Not Found)
    if pets[pet_id].get("deleted"):
        raise PetGone()
    return pets[pet_id]


@app.post("/pets")
@app.input(PetIn)
@app.output(PetOut, status_code=201, description="The created pet")  # HTS001@201
@app.doc(responses={409: "A pet with that name exists"})  # HTS001@409
def create_pet(json_data):
    if any(p["name"] == json_data["name"] for p in pets):
        raise HTTPError(409, message="Duplicate name", detail={"field": "name"})  # HTS001@409
    pet = dict(json_data, id=len(pets))
    pets.append(pet)
    return pet


@app.delete("/pets/<int:pet_id>")
@app.output({}, status_code=204)  # HTS001@204
def delete_pet(pet_id):
    if pet_id == 0:
        raise HTTPError(status_code=403, message="Kitty stays")  # HTS001@403
    if pet_id > 500:
        raise HTTPError(4040)  # HTS003@4040
    pets[pet_id]["deleted"] = True
    return ""


@app.patch("/pets/<int:pet_id>/hold")
@app.output(PetOut, status_code=202)  # HTS001@202
@app.doc(responses={402: "Payment needed to hold a pet"})  # HTS005@402
def hold_pet(pet_id):
    if pet_id >= len(pets):
        abort(302, message="moved")  # HTS007@302
    return pets[pet_id]


@app.error_processor
def my_error_processor(error):
    if error.status_code == 418:  # HTS001@418
        return {"message": "short and stout"}, 418  # HTS001@418
    return {"status_code": error.status_code, "message": error.message}, error.status_code


@auth.error_processor
def auth_error_processor(error):
    return {"message": "a token is needed"}, 401, {"WWW-Authenticate": "Bearer"}  # HTS001@401
