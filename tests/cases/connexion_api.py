"""Connexion operation handlers: (body, status) returns, problem(status, title, detail),
ProblemException(status=...), ConnexionResponse(status_code=...).

The status codes of the OpenAPI document live in the YAML spec, not here.
"""
import connexion
from connexion import NoContent, ProblemException, problem
from connexion.exceptions import ClientProblem
from connexion.lifecycle import ConnexionResponse

PETS = {}
MAX_PETS = 500


def search(limit=100):
    return list(PETS.values())[:limit], 200  # HTS001@200


def get(pet_id):
    pet = PETS.get(pet_id)
    if pet is None:
        return problem(404, "Not Found", f"Pet {pet_id} does not exist")  # HTS001@404 =404 (Not Found)
    return pet


def put(pet_id, body):
    if len(PETS) >= MAX_PETS:
        return problem(status=507, title="Full", detail="no room for more pets")  # HTS001@507
    if len(body.get("name", "")) > 200:
        raise ProblemException(status=422, title="Name too long", detail="too long")  # HTS001@422
    exists = pet_id in PETS
    PETS[pet_id] = dict(body, id=pet_id)
    return PETS[pet_id], (200 if exists else 201)  # HTS001@200 HTS001@201


def delete(pet_id):
    if pet_id not in PETS:
        return NoContent, 404  # HTS001@404
    del PETS[pet_id]
    return NoContent, 204  # HTS001@204


def adopt(pet_id):
    if PETS.get(pet_id, {}).get("adopted"):
        raise ClientProblem(409, "Already adopted")  # HTS001@409
    if PETS.get(pet_id, {}).get("price"):
        return problem(402, "Payment Required", "this pet has an adoption fee")  # HTS005@402
    PETS[pet_id]["adopted"] = True
    return ConnexionResponse(status_code=202, body="queued")  # HTS001@202


def legacy_redirect(pet_id):
    return ConnexionResponse(3010, headers={"Location": f"/pets/{pet_id}"})  # HTS003@3010


def health():
    return {"status": "ok", "pets": len(PETS), "limit": MAX_PETS}


app = connexion.FlaskApp(__name__, specification_dir="openapi/")
app.add_api("petstore.yaml", arguments={"title": "Pet Store"}, pythonic_params=True)

if __name__ == "__main__":
    app.run(port=8080)
