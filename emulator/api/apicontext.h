#pragma once

class Database;
class DocumentStore;
class Predictor;
class WorkflowEngine;

// What the resource handlers share; owned by EmulatorServer.
struct ApiContext
{
    Database *db = nullptr;
    DocumentStore *documents = nullptr;
    Predictor *predictor = nullptr;
    WorkflowEngine *engine = nullptr;
};
