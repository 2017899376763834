using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HessianDashboard.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Runs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Ordinal = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedTicks = table.Column<long>(type: "bigint", nullable: false),
                    StartedTicks = table.Column<long>(type: "bigint", nullable: true),
                    FinishedTicks = table.Column<long>(type: "bigint", nullable: true),
                    DurationTicks = table.Column<long>(type: "bigint", nullable: true),
                    Progress = table.Column<double>(type: "double precision", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    Owner = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    RerunOf = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImportedFrom = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RequestJson = table.Column<string>(type: "text", nullable: false),
                    ManifestJson = table.Column<string>(type: "text", nullable: true),
                    ManifestBlob = table.Column<byte[]>(type: "bytea", nullable: true),
                    EventCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RunEventChunks",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstSequence = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Blob = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunEventChunks", x => new { x.RunId, x.FirstSequence });
                    table.ForeignKey(
                        name: "FK_RunEventChunks_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RunParameters",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Number = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunParameters", x => new { x.RunId, x.Position });
                    table.ForeignKey(
                        name: "FK_RunParameters_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RunResults",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TypeName = table.Column<string>(type: "text", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Blob = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_RunResults_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RunTags",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tag = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunTags", x => new { x.RunId, x.Key });
                    table.ForeignKey(
                        name: "FK_RunTags_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RunParameters_Path",
                table: "RunParameters",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_RunTags_Key",
                table: "RunTags",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_Kind",
                table: "Runs",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_Ordinal",
                table: "Runs",
                column: "Ordinal");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_Owner",
                table: "Runs",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_State",
                table: "Runs",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_SubmittedTicks",
                table: "Runs",
                column: "SubmittedTicks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RunEventChunks");

            migrationBuilder.DropTable(
                name: "RunParameters");

            migrationBuilder.DropTable(
                name: "RunResults");

            migrationBuilder.DropTable(
                name: "RunTags");

            migrationBuilder.DropTable(
                name: "Runs");
        }
    }
}
